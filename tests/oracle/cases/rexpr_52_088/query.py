from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, m DECIMAL(12,4), j INT, dt DATE, ts TIMESTAMP, t STRING, d DOUBLE, s STRING, i INT").load(INPUT)
result = df.withColumn("c1", F.when((col("m") != lit(.001).cast("decimal(4,3)")), lit("abc")).when((col("m") != col("d")), F.lpad(lit("日本"), 8, "*")).when(F.when(col("b"), col("b")).otherwise((col("m") == expr("99.99"))), F.regexp_extract(col("s"), "([0-9]+)", 1))).withColumn("c2", expr("(i * m)")).withColumn("c3", (F.least(col("id"), col("id"), col("id")) - col("id"))).withColumn("c4", F.greatest(col("d"), (col("i") / F.nullif(lit(-1.5), lit(0)))))
OUTPUT_MODE = "append"
