from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("CASE WHEN (f <= 3.75D) THEN dt WHEN (d > -1.5D) THEN dt WHEN b THEN to_date('2023-12-31') ELSE dt END"), expr("(NOT (format_string('%s-%d', s, i) RLIKE '^\\\\s')) AS c2"), F.reverse(F.lpad(F.regexp_extract(col("s"), "([0-9]+)", 1), 6, "é")).ilike("% %").alias("c3"), F.greatest((col("m") + col("m")), (expr("12.345") / F.nullif(col("i"), lit(0)))).alias("c4")).filter("(((m IS NOT NULL) AND (b IS NOT TRUE)) OR (i IS NULL))")
OUTPUT_MODE = "append"
