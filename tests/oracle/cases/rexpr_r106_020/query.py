from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("i", "i").agg(expr("first_value(i, true)").alias("a1"), (F.max(((col("n") > lit(100).cast("decimal(3,0)")).cast("decimal(20,0)") / lit(3))) - F.min(((col("n") > lit(100).cast("decimal(3,0)")).cast("decimal(20,0)") / lit(3)))).alias("a2"), expr("max_by(try_parse_url(s, 'HOST'), (date_diff(dt, dt) - i), 2) AS a3"), (F.max(F.position(F.nullif(F.regexp_replace(col("t"), " +", "_"), lit("abc")), F.concat(col("i").cast("string"), col("t"), col("s")), lit(2))) - F.min(F.position(F.nullif(F.regexp_replace(col("t"), " +", "_"), lit("abc")), F.concat(col("i").cast("string"), col("t"), col("s")), lit(2)))).alias("a4"))
OUTPUT_MODE = "update"
