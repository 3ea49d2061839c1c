from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), d DOUBLE, f FLOAT, ts TIMESTAMP, i INT, dt DATE, t STRING, s STRING, j INT").json(INPUT)
result = df.where("(dt <= to_date('2000-01-01'))").select("id", expr("CAST(ts AS STRING) AS c1"), F.sha1(col("t")).alias("c2"), F.replace(F.right(F.concat(col("t"), F.to_date(lit("2000-01-01")).cast("string"), lit("é")), lit(2)), lit("o"), lit("0")).alias("c3"), F.regexp_replace(col("i").cast("string"), "(a|b)", "<>"))
OUTPUT_MODE = "append"
