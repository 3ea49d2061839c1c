from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("from_xml('<ROW><a>' || CASE WHEN (i IS NOT NULL) THEN try_mod(i, i) END || '</a><a>2</a></ROW>', 'a ARRAY<INT>')")).withColumn("c2", expr("to_char(s, '999')")).withColumn("dt", expr("element_at(array_sort(array(dt, date_sub(greatest(DATE'2024-02-29', dt, date_sub(dt, i)), i), DATE'2024-02-29')), 1)")).select("id", "c1", "c2").where("(CASE WHEN b THEN b WHEN (s < 'Hello') THEN b WHEN b THEN b ELSE b END OR (b IS NOT NULL))")
OUTPUT_MODE = "append"
