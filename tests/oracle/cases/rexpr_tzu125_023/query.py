spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(m <= 1.25)").withColumn("c1", expr("nullif(id, 1L)")).withColumn("c2", expr("from_json('[' || octet_length(s) || ', 2]', 'ARRAY<INT>')")).withColumn("c3", F.repeat(F.when(expr("xpath_boolean('<a><b>' || dayofyear(to_date('2025-03-01')) || '</b></a>', 'a/b = 7')"), col("s")).when(col("b"), lit("a")).otherwise(expr("char(i % 128 + 32)")), 0))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, n FROM rexpr_q ORDER BY id"]
