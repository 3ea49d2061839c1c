from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, d DOUBLE, ts TIMESTAMP, b BOOLEAN, i INT, dt DATE, t STRING, m DECIMAL(38,10)").json(INPUT)
result = df.filter("((12 <=> id) OR (d IS NULL))").select("id", expr("add_months(date_from_unix_date(size(array_distinct(split(s, '  *')))), i) AS c1"), expr("greatest(next_day(make_date(2024, 12, 1), 'fri'), CASE WHEN (t IS NOT NULL) THEN dt WHEN (m < id) THEN dt WHEN b THEN dt ELSE dt END) AS c2"), col("s").isin(lit("é"), lit("Hello"), lit("é")), F.least(F.regexp_replace(col("s"), "^.", ""), col("t"), F.concat(col("t"), lit("2024-02-29"), F.to_date(lit("2000-01-01")).cast("string"))).alias("c4"), (col("m") < (col("i") - col("i")))).filter(F.coalesce((lit(0).cast("bigint").cast("boolean") != (col("t") > lit(" "))), lit(True)))
OUTPUT_MODE = "append"
