spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, d DOUBLE, n DECIMAL(5,3), ts TIMESTAMP, dt DATE, i INT, m DECIMAL(18,6), s STRING").load(INPUT)
result = df.select("id", "i", expr("array(positive(timestampdiff(HOUR, ts, TIMESTAMP'2024-03-01 12:30:00.123456')), NULL)").alias("c1"), (col("n") - F.zeroifnull(F.when((col("dt") >= F.to_date(lit("2025-03-01"))), lit(.5).cast("decimal(2,1)")).when(lit(False), col("m")).when((col("s") >= lit("o")), col("m")).otherwise(col("m")))).alias("c2"), expr("zip_with(array(i, 2, 3), array(i, 5), (x, y) -> x * 10 + y) AS c3"), expr("array_except(array(s, s, 'a', 'a'), array('a', NULL))").alias("c4"), expr("round(d)")).filter((expr("arrays_overlap(array(2), array(CAST(NULL AS INT), 3))") | (col("n") <= lit(100).cast("decimal(3,0)"))))
OUTPUT_MODE = "append"
