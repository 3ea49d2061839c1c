from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.isnan(lit(0.1))).withColumn("c2", expr("date_trunc('yyyy', timestamp_seconds(i))")).withColumn("c3", expr("trunc(to_date('2023-12-31'), 'mon')")).withColumn("c4", expr("add_months(dt, 0)")).drop("i", "j", "d", "n", "b", "ts")
OUTPUT_MODE = "append"
