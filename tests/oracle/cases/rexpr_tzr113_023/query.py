spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, t STRING, dt DATE, b BOOLEAN, d DOUBLE, i INT, f FLOAT, m DECIMAL(38,10), ts TIMESTAMP, s STRING").json(INPUT)
result = df.select("id", expr("named_struct('x', 5, 'y', array(s))").alias("c1"), (col("i") % F.nullif(lit(3), lit(0))).alias("c2"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id"]
