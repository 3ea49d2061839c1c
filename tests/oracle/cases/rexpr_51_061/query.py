from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("dt") == F.to_date(lit("2024-02-29")))).withColumn("c1", expr("isnan(d)")).withColumn("c2", (col("i") >= (col("d") * col("d")))).withColumn("c3", expr("trunc(make_date(year(dt), 12, 1), 'MM')")).withColumn("c4", expr("add_months(dt, i)")).withColumn("c5", col("m")).drop("i", "d", "m", "s", "t", "b", "ts").where(((lit(1000).cast("bigint").cast("string") != col("s")) | (col("m") != lit(.5).cast("decimal(2,1)"))))
OUTPUT_MODE = "append"
