from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("map_from_entries(array(struct(unix_date(make_date(2024, 1, 1)) + xpath_int('<a><b>' || -1 || '</b></a>', 'a/b'), CASE WHEN (s RLIKE 'o$') THEN s WHEN (b >= (m BETWEEN 100BD AND 0.5)) THEN dayname(dt) ELSE s END), struct(2, 'two')))").alias("c1"), expr("vector_cosine_similarity(array(CAST(d AS FLOAT), 1.0F), array(1.0F, 1.0F))").alias("c2"), expr("json_tuple(to_json(named_struct('a', (i - i), 'b', to_xml(named_struct('d', dt, 'x', d, 'arr', array(i, i))))), 'a', 'b', 'zz')"), expr("array_insert(array(i), 0, 1)").alias("c4")).filter("((TIMESTAMP'1999-12-31 23:59:59.999' = DATE'2025-03-01') OR (c2 < 2.0D))")
OUTPUT_MODE = "append"
