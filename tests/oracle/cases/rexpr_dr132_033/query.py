from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("dt") == F.to_date(lit("2000-01-01")))).selectExpr("id", "array_repeat(extract(DAY FROM dt), -1)", "xpath('<a><b>x</b><b>' || bit_count(pmod(i, nullif(i, 0))) || '</b></a>', 'a/b/text()') AS c2", "CASE WHEN (m = 100BD) THEN d WHEN (d < 0.001D) THEN 100.0D WHEN (ts IS NOT NULL) THEN d END", "CASE WHEN (d < 100.0D) THEN i END AS c4", "inline(array(named_struct('x', negative((i % nullif(i, 0))), 'y', split_part(s, ',', 2)), named_struct('x', 2, 'y', 'b')))", "vector_normalize(array(3.0F, CAST((i + i) AS FLOAT)), 2.0F) AS c6").where("(m IS NOT NULL)")
OUTPUT_MODE = "append"
