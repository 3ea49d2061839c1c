from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.least(col("dt"), F.trunc(F.to_date(lit("2024-02-29")), "YEAR")).alias("k1")).agg(expr("round(avg(f), 2) AS a1"), F.count_if(col("i").cast("boolean")).alias("a2"), (F.max((col("m") / lit(-4))) - F.min((col("m") / lit(-4)))).alias("a3"))
OUTPUT_MODE = "update"
