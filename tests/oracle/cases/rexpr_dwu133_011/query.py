from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("sequence(DATE'2024-01-31', DATE'2024-05-01', INTERVAL 1 MONTH)")).withColumn("c2", expr("try_to_number(t, '999.99')")).withColumn("c3", expr("CAST(make_dt_interval(size(array_remove(array(year(last_day(dt)), dayofweek(dt), 1, year(last_day(dt))), year(last_day(dt))))) + make_dt_interval(0, i) AS STRING)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
