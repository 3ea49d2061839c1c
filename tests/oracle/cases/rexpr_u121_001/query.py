from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("s") != lit("42")).isNotNull().alias("c1"), expr("inline_outer(filter(array(struct(1 AS p, f AS q)), e -> e.p > 0))"), F.rint(col("d")), F.array_sort(F.array(expr("timestampdiff(HOUR, ts, ts)"), F.regexp_instr(col("s"), lit('[aeiou]')), lit(None), lit(-1))).alias("c4")).where((col("f") == lit(0.5)))
OUTPUT_MODE = "append"
