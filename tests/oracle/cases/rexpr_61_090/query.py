from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, d DOUBLE, t STRING, dt DATE, m DECIMAL(10,2), s STRING, ts TIMESTAMP, n DECIMAL(20,0), i INT").load(INPUT)
result = df.withColumn("d", expr("round(greatest(d, d, 0.1D), 2)")).withColumn("c2", expr("(5 * weekday(to_date('2023-12-31')))")).withColumn("c3", expr("(size(split(t, '  *')) * 2)")).select("id", "c2", "c3").where("(n IS NOT NULL)")
OUTPUT_MODE = "append"
