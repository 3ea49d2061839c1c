from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "dt", F.last_day(F.last_day(F.nullif(F.trunc(col("dt"), "yy"), F.to_date(lit("2000-01-01"))))).alias("c1"), expr("months_between(TIMESTAMP'1999-12-31 23:59:59.999', TIMESTAMP'1999-12-31 23:59:59.999') AS c2"), F.isnull(col("i")).alias("c3"))
OUTPUT_MODE = "append"
