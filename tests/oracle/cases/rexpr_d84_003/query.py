from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((((col("d") * lit(3).cast("bigint")) > col("d")) | (col("ts") >= F.to_timestamp(lit("1999-12-31 23:59:59.999"))))).withColumn("c1", expr("((dt < ts) OR (s IS NULL))")).withColumn("c2", expr("abs(try_multiply(i, i))")).withColumn("c3", expr("(1000L DIV nullif(i, 0))"))
OUTPUT_MODE = "append"
