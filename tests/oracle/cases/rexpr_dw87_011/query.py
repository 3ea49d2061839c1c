from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(m <> 0.001)").select("id", "b", expr("greatest(0.001D, d)"), expr("isnan((asinh(d) * m)) AS c2"), F.date_part(lit("DAY"), F.trunc(F.trunc(col("dt"), "mon"), "MM")).alias("c3"))
OUTPUT_MODE = "append"
