spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, k BIGINT, t STRING, m DECIMAL(18,6), d DOUBLE, f FLOAT, s STRING, b BOOLEAN, ts TIMESTAMP, n DECIMAL(5,3), i INT").json(INPUT)
result = df.groupBy(F.try_subtract(col("i"), col("i")).alias("k1")).agg(F.count_if(F.startswith(col("s"), lit("é"))).alias("a1"), expr("(max(i) - min(i)) AS a2"))
OUTPUT_MODE = "update"
