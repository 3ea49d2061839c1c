from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(f IS NOT NULL)").selectExpr("id", "add_months(CASE WHEN (d BETWEEN 0.001D AND 3.75D) THEN dt WHEN b THEN dt WHEN (i <= 0.1D) THEN dt END, i) AS c1", "CASE WHEN (ts = TIMESTAMP'1999-12-31 23:59:59.999') THEN unix_timestamp(CAST(NULL AS TIMESTAMP)) ELSE 86400L END AS c2", "nvl2(crc32(s), named_struct('p', s, 'q', s).q, format_number(d, 0)) AS c3").where((F.array_contains(F.split(lit("a"), ","), "") | col("ts").isNotNull()))
OUTPUT_MODE = "append"
