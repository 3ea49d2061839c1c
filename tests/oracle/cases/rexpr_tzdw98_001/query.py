spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.greatest(F.least(col("ts"), col("ts"), col("ts")), F.when(F.regexp_like(col("t"), lit("[aeiou]{2}")), F.date_trunc("yyyy", col("ts"))).when(col("b"), col("ts")).when(col("b"), F.date_trunc("QUARTER", col("ts"))).otherwise(col("ts")), col("ts")).alias("c1"), expr("datediff(CASE WHEN b THEN dt WHEN b THEN dt WHEN (s > 'a') THEN dt END, dt) AS c2"), expr("(right(s, 0) >= concat(t, s, t))").alias("c3")).where((col("s").endswith("o") | (col("s") == lit("abc"))))
OUTPUT_MODE = "append"
