spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce((TRY_CAST(s AS TIMESTAMP) IS NOT NULL), true)").select(expr("replace(s, 'a', '')"), expr("least(CASE WHEN (n = 12.345) THEN s ELSE s END, s)").alias("c2"), expr("(NOT contains(s, ' '))"), F.ceil(F.least((col("m") - col("i")), (lit(3) * col("m"))), -1).alias("c4"))
OUTPUT_MODE = "append"
