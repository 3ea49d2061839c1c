from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (col("f") - (col("m") - col("n"))).alias("c1"), expr("if(b, isnull(contains(s, 'H')), ifnull(b, false))").alias("c2"), F.nullif(F.round(F.round((col("i") / F.nullif(col("i"), lit(0))), -1), 1), lit(0.1)).alias("c3"), F.when(col("b"), col("s")).when(col("b"), lit(-2).cast("bigint").cast("string")).when(col("m").isNotNull(), col("s")).otherwise(F.format_number(col("i"), 3)).alias("c4"), F.least(((col("ts") + expr("INTERVAL 1 MONTH")) + expr("INTERVAL 36 HOURS")), F.when(col("b"), col("ts")).when((col("m") != lit(12.345).cast("decimal(5,3)")), col("ts")).otherwise(col("ts")), col("ts")).alias("c5"))
OUTPUT_MODE = "append"
