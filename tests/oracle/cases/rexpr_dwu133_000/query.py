from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.map_contains_key(F.create_map(F.size(F.array_remove(F.array(col("i"), col("i"), lit(1), col("i")), col("i"))), lit('a'), lit(3), lit('b')), 3).alias("k1")).agg(F.bool_or(col("b")).alias("a1"), F.max(expr("schema_of_xml(s)")).alias("a4"), expr("try_avg(bround(12.345, -1)) AS a2"), expr("hex(count_min_sketch(CAST(size(split(sha(s), ',')) AS BIGINT), 0.4D, 0.6D, 42)) AS a3"))
OUTPUT_MODE = "update"
