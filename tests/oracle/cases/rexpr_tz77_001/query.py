spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce(CASE WHEN (i IN (5, 1, 5)) THEN true ELSE (n IS NOT NULL) END, true)").withColumn("c1", F.locate(" ", F.concat(F.regexp_extract(F.date_format(col("ts"), "dd.MM.yy"), "^(\\S*)", 1), col("m").cast("string")), 5)).withColumn("c2", expr("((s IS NOT NULL) <> (d <= 100.0D))")).withColumn("c3", expr("exp((i - CASE WHEN (c1 <= 3) THEN i WHEN (dt IS NOT NULL) THEN i ELSE i END))")).withColumn("c4", expr("(dt + INTERVAL 1 DAY)")).drop("m", "n", "s", "t", "ts")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
