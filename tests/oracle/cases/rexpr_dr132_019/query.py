from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "dt", expr("zip_with(array(i, 2, 3), array(i, 5), (x, y) -> x * 10 + y) AS c1"), expr("flatten(array(array(s), CAST(NULL AS ARRAY<STRING>)))").alias("c2"), expr("if((m != tinyint(abs(i) % 100)), (CASE WHEN b THEN m ELSE m END / nullif(m, 0)), m)").alias("c3"), F.when(F.map_contains_key(F.create_map(lit(1), lit('a'), lit(3), lit('b')), 3), F.date_add(col("dt"), col("i"))).when(((col("t") < lit(" ")) & col("i").isNotNull()), F.date_sub(F.trunc(col("dt"), "YEAR"), col("i"))).when((col("d") < lit(0.001)), col("dt")).alias("c4")).where("b")
OUTPUT_MODE = "append"
