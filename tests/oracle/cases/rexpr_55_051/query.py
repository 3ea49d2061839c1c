from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(f IS NOT NULL)").withColumn("c1", expr("concat_ws(', ', s, s, s)")).withColumn("c2", expr("year(i)")).withColumn("c3", expr("(100BD / nullif(bround(n, -1), 0))")).drop("i", "f", "n", "dt", "ts").where(((col("id") >= lit(-2).cast("bigint")) | (col("c1") < lit("日本"))))
OUTPUT_MODE = "append"
