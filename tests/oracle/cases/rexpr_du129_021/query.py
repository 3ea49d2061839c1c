from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.nullifzero(F.greatest(F.when(col("b"), col("n")).when(col("b"), col("m")).when((col("m") >= expr("0.5")), col("n")).otherwise(col("n")), col("n"), (col("m") / F.nullif(col("i"), lit(0)))))).withColumn("c2", expr("from_base32(encode(s, 'utf-8'))")).withColumn("c3", expr("from_csv(concat_ws(';', (i % 3), replace(t, 'a', '')), 'x INT, y STRING', map('sep', ';'))")).withColumn("c4", expr("from_xml('<ROW><a>' || position('o', to_xml(named_struct('t', ts, 'b', b))) || '</a><a>2</a></ROW>', 'a ARRAY<INT>')")).withColumn("c5", F.xxhash64(col("f"), F.to_date(lit("2024-02-29")))).withColumn("c6", expr("(CAST(5 AS TIMESTAMP) + INTERVAL '90' MINUTE)")).select("id", "c1", "c2", "c3", "c4", "c5", "c6")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY c6 ASC NULLS LAST, id"]
