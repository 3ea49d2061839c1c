from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((col("b") >= lit(True)) | (col("j") != lit(2)))).withColumn("c1", expr("(hash(j, m) BETWEEN 5 AND 10)")).withColumn("c2", expr("(b AND (NOT (s > '日本')))")).withColumn("c3", expr("(CASE WHEN b THEN (ts + INTERVAL 1 MONTH) WHEN b THEN to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss') END != last_day(dt))")).withColumn("c4", ((col("id") % lit(-4)) != col("n"))).withColumn("c5", col("d").eqNullSafe((col("m") * col("d")))).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
