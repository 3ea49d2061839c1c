from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("s") >= lit("a"))).select("id", "i", expr("(round((coalesce(id, id, 1000L) / 7), 2) BETWEEN 2.0D AND 100.0D)").alias("c1"), expr("regexp_replace(substring(format_number((m + n), 0), 5, 1), ' +', '_')").alias("c2"), expr("make_date(2023, pmod(i, 12) + 1, 1) AS c3"), F.nvl2(col("d"), lit(100.0), lit(-1.5)).alias("c4"), expr("(CASE WHEN (t ILIKE 'a%') THEN dt WHEN CASE WHEN b THEN b WHEN b THEN b WHEN b THEN (n > 1.25) ELSE (j IS NOT NULL) END THEN dt WHEN (d > 3.75D) THEN dt ELSE dt END - INTERVAL 2 YEARS) AS c5")).where("coalesce(if((t <> ' '), b, (NOT b)), true)")
OUTPUT_MODE = "append"
