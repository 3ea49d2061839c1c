spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(ts IS NOT NULL)").withColumn("c1", (col("id") * lit(3))).withColumn("c2", expr("b")).withColumn("c3", expr("bround(coalesce(m, m, CAST(NULL AS DECIMAL(10,2))), 0)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id DESC"]
