from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((~F.coalesce((col("k") != col("m")), lit(False)))).groupBy(expr("vector_norm(array(CAST(size(sequence(1, abs(i) % 5 + 1)) AS FLOAT), 4.0F), 2.0F) AS k1"), (expr("(s COLLATE UTF8_BINARY = 'Hello World')") | col("j").cast("boolean")).alias("k2")).agg((F.max(col("f")) - F.min(col("f"))).alias("a1"), expr("bitmap_count(bitmap_or_agg(unhex(lpad(hex(abs(xpath_int('<a><b>' || date_diff(dt, dt) || '</b></a>', 'a/b')) % 256), 8, '0')))) AS a2"))
OUTPUT_MODE = "update"
