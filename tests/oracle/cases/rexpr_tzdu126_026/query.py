spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, t STRING, ts TIMESTAMP, d DOUBLE, k BIGINT, s STRING, b BOOLEAN, m DECIMAL(7,0), dt DATE, j INT").load(INPUT)
result = df.select("id", expr("json_array_length(left(schema_of_xml('<p a=\"1\"><b>x</b><b>y</b><c/></p>'), 4)) AS c1"), expr("vector_l2_distance(array(CAST(regexp_instr(translate(CAST(unbase64(base64(' ')) AS STRING), 'aeiou', 'AEI'), '[aeiou]') AS FLOAT), 0.0F), array(3.0F, 4.0F))").alias("c2"))
OUTPUT_MODE = "append"
