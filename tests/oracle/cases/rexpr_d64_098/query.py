from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((s != replace(s, ' ', '')) OR (ts IS NULL))").withColumn("c1", (col("n") + col("m"))).withColumn("c2", (col("n") == expr("100BD"))).withColumn("c3", (col("i") - col("i"))).select("id", "c1", "c2", "c3").where((lit("日本").between(lit("abc"), lit("abc")) | col("id").isNull()))
OUTPUT_MODE = "append"
