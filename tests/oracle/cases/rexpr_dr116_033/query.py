from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, i INT, dt DATE, m DECIMAL(10,2), s STRING, d DOUBLE").load(INPUT)
result = df.select("id", expr("(((i * 5) / 7.0D) IS NOT NULL)").alias("c1"), F.when(expr("xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7')"), F.make_date(F.year(col("dt")), lit(2), lit(28))).when(col("m").isNotNull(), F.to_date(lit("2025-03-01"))).alias("c2"))
OUTPUT_MODE = "append"
