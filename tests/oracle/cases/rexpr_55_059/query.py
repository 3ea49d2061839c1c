from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(- i)"), F.months_between(F.when(col("dt").isNotNull(), col("ts")).otherwise(col("ts")), col("dt"), False))
OUTPUT_MODE = "append"
