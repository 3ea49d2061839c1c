from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(ts = TIMESTAMP'2024-02-29 00:00:00')").select(expr("CASE s WHEN 'o' THEN dt WHEN 'x-y' THEN dt ELSE dt END"), F.greatest(F.try_to_timestamp(col("s")), F.nullif((col("ts") - expr("INTERVAL '1-2' YEAR TO MONTH")), F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("ts")).alias("c2"), F.right(F.concat(col("s"), F.concat_ws("|", col("s"), col("s"), col("s"))), lit(4)).alias("c3"), expr("add_months(DATE'2000-01-01', i)"), expr("regexp_replace(regexp_replace(s, '(a|b)', '<>'), ' +', '_')").alias("c5"))
OUTPUT_MODE = "append"
