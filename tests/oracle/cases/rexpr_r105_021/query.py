from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("positive(pmod(2, nullif(i, 0))) AS k1")).agg(expr("bool_or(is_valid_utf8(unhex('C328'))) AS a1"), expr("bit_and(tinyint(abs(CAST(array_size(slice(array(i, i, 3, 4), -2, 5)) AS INT)) % 100)) AS a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
