spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s").agg(expr("count_if((i < (- i))) AS a1"), F.sum(F.when(col("t").rlike("^\\s"), col("i")).otherwise(lit(0))).alias("a2"), F.min(F.add_months(col("dt"), col("i"))).alias("a3"), expr("count(dt) AS a4"))
OUTPUT_MODE = "update"
