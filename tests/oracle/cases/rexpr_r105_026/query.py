from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("named_struct('x', nullifzero(i), 'y', array(printf('%5.2f|%-6s|', try_mod(negative(d), nanvl(d, d)), printf('%x %o %08d', i, CASE WHEN (m IS NOT NULL) THEN 0 WHEN (s IS NOT NULL) THEN i ELSE i END, i))))").alias("c1"), expr("isnan(((regexp_instr(s, '([a-z])([a-z])', 2) + i) / 7.0D))").alias("c2"), (F.greatest(col("i"), col("i"), col("i")) * col("n")).alias("c3"), expr("(id + id)").alias("c4"))
OUTPUT_MODE = "append"
