from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("shiftrightunsigned(i, 28) AS k1")).agg(expr("hex(count_min_sketch(i, 0.5D, 0.5D, 1))").alias("a1"), F.bit_or((-col("i"))).alias("a2"), expr("histogram_numeric(CAST(negative(i) % 4 AS DOUBLE), 8) AS a3"), expr("sort_array(collect_union(array(i, size(sequence(1, abs(i) % 5 + 1))))) AS a4"))
OUTPUT_MODE = "update"
