spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, m DECIMAL(12,4), dt DATE, ts TIMESTAMP, t STRING, b BOOLEAN, d DOUBLE, s STRING, n DECIMAL(9,5)").load(INPUT)
result = df.groupBy("b").agg(expr("round(avg(CASE WHEN (b IS NOT NULL) THEN m ELSE m END), 0) AS a1"), expr("count_if((exists(split(t, ' '), x -> x = 'o') AND (n IS NOT NULL))) AS a2"), F.count(col("m")).alias("a3"), expr("round(avg(d), 2) AS a4"))
OUTPUT_MODE = "update"
