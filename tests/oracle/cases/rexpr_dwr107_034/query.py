from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("i", expr("(dt IS NOT NULL) AS k2")).agg(expr("bool_or(nvl2(n, b, true)) AS a1"), expr("any_value((m <= 100BD) IS NOT NULL)").alias("a2"), expr("bit_xor(nvl2(hex(try_to_binary(t, 'base64')), i, 3)) AS a3")).filter("a1 IS NOT NULL").orderBy("i", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
