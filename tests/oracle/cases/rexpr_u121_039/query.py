from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT shiftrightunsigned(xpath_short('<a><b>7</b><b>' || i || '</b></a>', 'sum(a/b)'), 28) AS k1, round(var_pop(i), 6) AS a1, count_if((to_json(from_xml('<ROW><d>' || dt || '</d></ROW>', 'd DATE')) COLLATE UTF8_BINARY = 'Hello World')) AS a2, round(regr_avgx(bitwise_not(integer(d % 1000)), (2 % 3)), 6) AS a3, count(dt) AS a4 FROM src GROUP BY 1")
OUTPUT_MODE = "complete"
