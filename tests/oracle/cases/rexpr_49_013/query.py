from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, s STRING, d DOUBLE, m DECIMAL(10,2), ts TIMESTAMP, dt DATE, b BOOLEAN").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN b THEN m ELSE CAST(NULL AS DECIMAL(10,2)) END")).withColumn("j", expr("pmod(locate('o', s, 2), nullif(CASE WHEN (i = 0) THEN i WHEN b THEN i ELSE 2 END, 0))")).withColumn("c3", F.reverse(F.greatest(F.regexp_extract(F.concat_ws(", ", col("dt").cast("string"), lit("x-y"), col("s")), "^(\\S*)", 1), F.lpad(col("s"), 8, "ab")))).withColumn("i", expr("least(weekofyear(dt), i)")).withColumn("c5", col("m").isin(expr("12.345"), lit(100).cast("decimal(3,0)")))
OUTPUT_MODE = "append"
