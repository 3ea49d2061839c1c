from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, d DOUBLE, i INT, dt DATE, n DECIMAL(5,3), b BOOLEAN, s STRING, t STRING, m DECIMAL(10,2), j INT").load(INPUT)
result = df.withColumn("c1", expr("from_xml('<ROW><n><m>' || t || '</m></n></ROW>', 'n STRUCT<m: STRING>')")).withColumn("c2", expr("coalesce(d, d, CAST(NULL AS DOUBLE))")).withColumn("c3", expr("collation(sha1(t))")).drop("ts", "b", "s", "t", "m", "j").filter("(s <= 'é')")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT i FROM rexpr_q ORDER BY i ASC NULLS FIRST, id"]
