from pyspark.sql.functions import expr
df = spark.readStream.schema("id INT, s STRING").json(INPUT)
result = df.select("id", expr("from_xml('<ROW><n><m>' || s || '</m></n><k>2</k></ROW>', 'n STRUCT<m: STRING>, k INT') AS x"))
OUTPUT_MODE = "append"
