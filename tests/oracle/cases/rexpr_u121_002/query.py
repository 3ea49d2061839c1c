from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(((dt >= to_date('2024-02-29')) > (j <= 3)) OR (s > '日本'))").select("id", expr("slice(array(i, i, 3, 4), -1, 1)").alias("c1"), (col("ts") + lit(1)).alias("c2"), expr("from_xml('<ROW><n><m>' || schema_of_xml('<p a=\"1\"><b>x</b><b>y</b><c/></p>') || '</m></n></ROW>', 'n STRUCT<m: STRING>')")).filter("(((s IS NOT NULL) OR (dt <> to_date('2024-02-29'))) OR (m IS NOT NULL))")
OUTPUT_MODE = "append"
