from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, j INT, ts TIMESTAMP, d DOUBLE, n DECIMAL(5,3), s STRING, m DECIMAL(12,4), t STRING, dt DATE").json(INPUT)
result = df.where((F.is_valid_utf8(F.replace(F.concat(F.to_date(lit("2024-02-29")).cast("string"), col("t")), lit("l"), lit("LL"))) | (col("k") <= lit(0).cast("bigint")))).selectExpr("id", "map_entries(map(i, s))", "coalesce(ts, ts, TIMESTAMP'2024-02-29 00:00:00')", "CAST(i AS BOOLEAN) AS c3", "map_entries(map(negative(octet_length('42')), typeof(map(locate('l', s, 5), convert_timezone('America/Los_Angeles', 'UTC', TIMESTAMP'2024-02-29 00:00:00'))))) AS c4", "xpath_number('<a><b>' || CASE WHEN true THEN CAST(i AS DOUBLE) ELSE csc(nullif(d, 0)) END || '</b></a>', 'a/b * 2') AS c5")
OUTPUT_MODE = "append"
