from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, b BOOLEAN, j INT, ts TIMESTAMP, s STRING, t STRING, m DECIMAL(7,0), n DECIMAL(4,1), i INT, dt DATE").load(INPUT)
result = df.where(col("b")).selectExpr("id", "n", "from_xml('<ROW><n><m>' || s || '</m></n></ROW>', 'n STRUCT<m: STRING>')", "from_json('[' || nullifzero(i) || ', 2]', 'ARRAY<INT>') AS c2").filter("(id >= -2L)")
OUTPUT_MODE = "append"
