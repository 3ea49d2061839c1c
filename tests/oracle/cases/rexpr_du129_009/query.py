from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "dt", (F.when(col("b"), col("id")).otherwise(col("id")) + col("id")), F.posexplode_outer(F.create_map(F.length(col("s")), expr("to_char(encode(s, 'utf-8'), 'hex')"))), F.bitwise_not((-F.shiftrightunsigned(F.array_position(F.array(col("s"), lit('a'), col("s")), 'a'), 28)).cast('bigint')).alias("c3")).where("(('Hello' <> t) OR (t >= 'a'))")
OUTPUT_MODE = "append"
