spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "i", F.months_between(col("dt"), col("ts")).alias("c1"), expr("(100BD < id)").alias("c2"), (-(F.levenshtein(col("s"), lit("42")) + F.find_in_set(lit("a"), col("s")))).alias("c3")).where("(nvl(c2, true) OR (i = 2))")
OUTPUT_MODE = "append"
